import { Injectable } from '@nestjs/common';
import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';
import { RetryAfter } from '../platform/problem.filter';

/**
 * Refuses sign-in after repeated failures: 5 per account and address in 15 minutes, and
 * 50 per address in an hour (one address guessing across many accounts). A success clears the
 * account's count. Counters are per process; with several processes they move to Redis.
 */
@Injectable()
export class LoginThrottle {
  private readonly perAccount = new RateLimiterMemory({ keyPrefix: 'login-account', points: 5, duration: 15 * 60 });
  private readonly perAddress = new RateLimiterMemory({ keyPrefix: 'login-address', points: 50, duration: 60 * 60 });

  async assertAllowed(email: string, address: string): Promise<void> {
    const [account, ip] = await Promise.all([this.perAccount.get(`${email}|${address}`), this.perAddress.get(address)]);
    const waits = [exhausted(account, 5), exhausted(ip, 50)].filter((ms): ms is number => ms !== null);
    if (waits.length > 0) throw new RetryAfter(Math.max(1, Math.ceil(Math.max(...waits) / 1000)));
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([
      this.perAccount.penalty(`${email}|${address}`, 1),
      this.perAddress.penalty(address, 1),
    ]);
  }

  async recordSuccess(email: string, address: string): Promise<void> {
    await this.perAccount.delete(`${email}|${address}`);
  }
}

/** Milliseconds until the counter frees a point, or null while attempts remain. */
const exhausted = (res: RateLimiterRes | null, points: number): number | null =>
  res !== null && res.consumedPoints >= points ? res.msBeforeNext : null;
