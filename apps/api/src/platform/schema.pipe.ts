import { applyDecorators, Injectable, type PipeTransform } from '@nestjs/common';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { parse } from './validation';

/** Validates a body or query against its contract schema (from packages/contracts). */
@Injectable()
export class SchemaPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.output<S> {
    return parse(this.schema, value);
  }
}

type JsonSchema = Record<string, unknown>;
const jsonSchema = (schema: z.ZodType): JsonSchema => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

/** Describes the request body in OpenAPI from the same schema that validates it. */
export const BodySchema = (schema: z.ZodType) => ApiBody({ schema: jsonSchema(schema) });

/** Describes each query parameter in OpenAPI from the schema that validates the query. */
export function QuerySchema(schema: z.ZodObject) {
  const properties = (jsonSchema(schema).properties ?? {}) as Record<string, JsonSchema>;
  return applyDecorators(
    ...Object.entries(properties).map(([name, property]) => ApiQuery({ name, required: false, schema: property })),
  );
}
