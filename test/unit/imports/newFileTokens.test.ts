import assert from 'node:assert/strict';
import { newFileTokens } from '../../../src/imports/newFileTokens';

describe('newFileTokens', () => {
  const cases: Array<[string, string[]]> = [
    ['src/utils/retryWithBackoff.ts', ['retry', 'with', 'backoff']],
    ['packages/http-client/src/RateLimiter.test.ts', ['rate', 'limiter', 'http', 'client']],
    ['app/services/payment_gateway.py', ['payment', 'gateway', 'services']],
    ['src/main/java/com/acme/orders/OrderCSVExporter.java', ['order', 'csv', 'exporter', 'orders', 'acme']],
    ['lib/index.ts', []],
    ['src/rate-limiter/index.ts', ['rate', 'limiter']],
    ['cmd/kafka-consumer/main.go', ['kafka', 'consumer']],
    ['C:\\repo\\src\\parseHTTPResponse_v2.rs', ['parse', 'http', 'response', 'v2', 'repo']],
    ['.eslintrc.js', ['eslintrc']],
    ['retry.retry.ts', ['retry']],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${JSON.stringify(expected)}`, () => assert.deepEqual(newFileTokens(input), expected));
  }
});
