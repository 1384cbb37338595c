// dotenv is wrapped by @acme/config; "path" is a Node built-in and should trigger nothing.
import * as dotenv from 'dotenv';
import * as path from 'path';

dotenv.config({ path: path.join(__dirname, '..', '.env') });

export const config = {
  apiBaseUrl: process.env.API_BASE_URL ?? 'http://localhost:8080',
  kafkaBrokers: (process.env.KAFKA_BROKERS ?? 'localhost:9092').split(','),
};
