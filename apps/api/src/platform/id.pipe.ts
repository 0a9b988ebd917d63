import { Injectable, type PipeTransform } from '@nestjs/common';
import { notFound } from '@treaty/domain';

export const UUID_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const UUID = new RegExp(`^${UUID_PATTERN}$`, 'i');

/**
 * Path ids are checked before any query: TypeORM turns an undefined or odd id into "the first
 * row" (typeorm#2500). Something that is not an id names nothing, hence 404.
 */
@Injectable()
export class IdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || !UUID.test(value)) throw notFound('Resource');
    return value.toLowerCase();
  }
}
