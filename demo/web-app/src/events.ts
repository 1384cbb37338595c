// kafkajs is wrapped by @acme/kafka; lodash matches no internal library and should trigger nothing.
import { Kafka } from 'kafkajs';
import groupBy from 'lodash/groupBy';
import { config } from './config';
import { Product } from './types';

const kafka = new Kafka({ clientId: 'web-app', brokers: config.kafkaBrokers });

export async function publishCatalogChanged(products: Product[]): Promise<void> {
  const producer = kafka.producer();
  await producer.connect();
  const byInitial = groupBy(products, (p) => p.name[0]);
  await producer.send({ topic: 'catalog.changed', messages: [{ value: JSON.stringify(byInitial) }] });
  await producer.disconnect();
}
