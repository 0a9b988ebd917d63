import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Problem } from '@treaty/contracts';
import { DomainError, type DomainErrorCode } from '@treaty/domain';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';

const STATUS_OF: Record<DomainErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rate-limited': 429,
};

const TITLES: Record<number, string> = {
  400: 'Invalid input',
  401: 'Not authenticated',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal error',
};

/** Errors thrown by middleware before Nest (body parser): they carry `status` and `type`. */
interface BodyParserError {
  status: number;
  type: string;
}
const isBodyParserError = (e: unknown): e is BodyParserError =>
  typeof e === 'object' && e !== null && typeof (e as BodyParserError).status === 'number' && typeof (e as BodyParserError).type === 'string';

export class RetryAfter extends DomainError {
  constructor(readonly seconds: number) {
    super('rate-limited', `Too many attempts; try again in ${seconds} seconds`);
  }
}

/**
 * Every error leaves as RFC 9457 problem+json. Unknown errors are logged and reported as a
 * bare 500: a stack trace or an SQL message never reaches a client.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const problem = this.toProblem(error);
    if (error instanceof RetryAfter) response.setHeader('Retry-After', String(error.seconds));
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(error: unknown): Problem {
    if (error instanceof DomainError) {
      const status = STATUS_OF[error.code];
      return problem(status, error.message, error.errors.length ? [...error.errors] : undefined);
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      return problem(status, status >= 500 ? 'The server failed to handle the request' : error.message);
    }
    if (error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '23505') {
      // A concurrent request won the race for a unique name: the same answer as the check before it.
      return problem(409, 'It already exists');
    }
    if (isBodyParserError(error) && error.status >= 400 && error.status < 500) {
      const detail =
        error.type === 'entity.too.large'
          ? 'The request body is too large'
          : error.type === 'entity.parse.failed'
            ? 'The request body is not valid JSON'
            : 'The request body could not be read';
      return problem(error.status, detail);
    }
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, 'The server failed to handle the request');
  }
}

export function problem(status: number, detail: string, errors?: Problem['errors']): Problem {
  const title = TITLES[status] ?? 'Error';
  return {
    type: `https://treaty.workspace/problems/${title.toLowerCase().replace(/\s+/g, '-')}`,
    title,
    status,
    detail,
    ...(errors ? { errors } : {}),
  };
}
