import type { Ecosystem } from '../../../src/catalog/model';

/** Vocabulary for the synthetic catalogs in generate.ts: real public packages per domain and ecosystem. */
export interface Domain {
  words: string[];
  phrase: string;
  features: string[];
  deps: Partial<Record<Ecosystem, string[]>>;
}

export const DOMAINS: Domain[] = [
  { words: ['http', 'client'], phrase: 'HTTP client', features: ['retries', 'timeouts', 'auth headers', 'tracing', 'circuit breaking'],
    deps: { npm: ['axios', 'got', 'undici', 'node-fetch'], pypi: ['requests', 'httpx', 'aiohttp'], go: ['github.com/hashicorp/go-retryablehttp', 'github.com/go-resty/resty/v2'], maven: ['com.squareup.okhttp3:okhttp', 'org.apache.httpcomponents.client5:httpclient5'] } },
  { words: ['logging', 'logger'], phrase: 'Structured logging', features: ['JSON output', 'request context', 'PII redaction', 'sampling'],
    deps: { npm: ['winston', 'pino', 'bunyan'], pypi: ['structlog', 'loguru', 'python-json-logger'], go: ['go.uber.org/zap', 'github.com/rs/zerolog', 'github.com/sirupsen/logrus'], maven: ['org.slf4j:slf4j-api', 'ch.qos.logback:logback-classic'] } },
  { words: ['kafka', 'events'], phrase: 'Kafka producer and consumer', features: ['Avro schemas', 'dead-letter topics', 'graceful shutdown', 'topic naming'],
    deps: { npm: ['kafkajs'], pypi: ['confluent-kafka', 'kafka-python'], go: ['github.com/IBM/sarama', 'github.com/segmentio/kafka-go'], maven: ['org.apache.kafka:kafka-clients'] } },
  { words: ['retry', 'backoff'], phrase: 'Retry with exponential backoff', features: ['jitter', 'abort signals', 'per-error policies', 'budgets'],
    deps: { npm: ['p-retry', 'async-retry'], pypi: ['tenacity', 'backoff'], go: ['github.com/cenkalti/backoff/v4', 'github.com/avast/retry-go'], maven: ['io.github.resilience4j:resilience4j-retry'] } },
  { words: ['config', 'settings'], phrase: 'Typed configuration loader', features: ['.env files', 'secrets', 'validation', 'hot reload'],
    deps: { npm: ['dotenv', 'convict', 'zod'], pypi: ['pydantic-settings', 'python-dotenv', 'dynaconf'], go: ['github.com/spf13/viper', 'github.com/kelseyhightower/envconfig'], maven: ['com.typesafe:config'] } },
  { words: ['auth', 'jwt'], phrase: 'Authentication', features: ['SSO tokens', 'JWKS caching', 'middleware', 'service accounts'],
    deps: { npm: ['jsonwebtoken', 'jose', 'passport'], pypi: ['pyjwt', 'authlib'], go: ['github.com/golang-jwt/jwt/v5', 'github.com/coreos/go-oidc/v3'], maven: ['com.nimbusds:nimbus-jose-jwt', 'io.jsonwebtoken:jjwt-api'] } },
  { words: ['cache', 'redis'], phrase: 'Read-through cache', features: ['Redis tier', 'in-memory tier', 'stampede protection', 'typed keys'],
    deps: { npm: ['ioredis', 'lru-cache', 'redis'], pypi: ['redis', 'cachetools'], go: ['github.com/redis/go-redis/v9', 'github.com/dgraph-io/ristretto'], maven: ['com.github.ben-manes.caffeine:caffeine', 'redis.clients:jedis'] } },
  { words: ['dates', 'time'], phrase: 'Date and time helpers', features: ['business days', 'fiscal calendars', 'time zones', 'formatting'],
    deps: { npm: ['date-fns', 'dayjs', 'luxon', 'moment'], pypi: ['python-dateutil', 'pendulum', 'arrow'], go: ['github.com/jinzhu/now'], maven: ['org.threeten:threeten-extra'] } },
  { words: ['metrics', 'monitoring'], phrase: 'Metrics', features: ['Prometheus endpoint', 'HTTP histograms', 'queue gauges', 'exemplars'],
    deps: { npm: ['prom-client', 'hot-shots'], pypi: ['prometheus-client', 'datadog'], go: ['github.com/prometheus/client_golang'], maven: ['io.micrometer:micrometer-core'] } },
  { words: ['feature', 'flags'], phrase: 'Feature flags', features: ['gradual roll-outs', 'local overrides', 'experiments', 'kill switches'],
    deps: { npm: ['unleash-client', '@launchdarkly/node-server-sdk'], pypi: ['unleashclient', 'launchdarkly-server-sdk'], go: ['github.com/Unleash/unleash-client-go/v4'], maven: ['io.getunleash:unleash-client-java'] } },
  { words: ['json', 'serialization'], phrase: 'JSON serialization', features: ['money types', 'ISO dates', 'strict parsing', 'schema checks'],
    deps: { npm: ['ajv', 'superjson'], pypi: ['orjson', 'marshmallow', 'pydantic'], go: ['github.com/goccy/go-json', 'github.com/json-iterator/go'], maven: ['com.fasterxml.jackson.core:jackson-databind', 'com.google.code.gson:gson'] } },
  { words: ['storage', 's3'], phrase: 'Object storage helpers', features: ['multipart upload', 'presigned URLs', 'bucket naming', 'lifecycle rules'],
    deps: { npm: ['@aws-sdk/client-s3'], pypi: ['boto3', 'smart-open'], go: ['github.com/aws/aws-sdk-go-v2/service/s3'], maven: ['software.amazon.awssdk:s3'] } },
  { words: ['email', 'notifications'], phrase: 'E-mail and notification sender', features: ['templates', 'rate limits', 'bounce handling', 'previews'],
    deps: { npm: ['nodemailer', '@sendgrid/mail'], pypi: ['sendgrid', 'jinja2'], go: ['github.com/wneessen/go-mail'], maven: ['com.sun.mail:jakarta.mail'] } },
  { words: ['validation', 'schema'], phrase: 'Input validation', features: ['typed schemas', 'error messages', 'OpenAPI export', 'coercion'],
    deps: { npm: ['zod', 'joi', 'yup'], pypi: ['pydantic', 'jsonschema', 'cerberus'], go: ['github.com/go-playground/validator/v10'], maven: ['jakarta.validation:jakarta.validation-api', 'org.hibernate.validator:hibernate-validator'] } },
  { words: ['tracing', 'telemetry'], phrase: 'Distributed tracing', features: ['OpenTelemetry setup', 'context propagation', 'sampling', 'span helpers'],
    deps: { npm: ['@opentelemetry/api', '@opentelemetry/sdk-node'], pypi: ['opentelemetry-api', 'opentelemetry-sdk'], go: ['go.opentelemetry.io/otel'], maven: ['io.opentelemetry:opentelemetry-api'] } },
  { words: ['pdf', 'documents'], phrase: 'PDF generation', features: ['templates', 'fonts', 'signatures', 'watermarks'],
    deps: { npm: ['pdfkit', 'pdf-lib'], pypi: ['reportlab', 'weasyprint'], go: ['github.com/jung-kurt/gofpdf'], maven: ['org.apache.pdfbox:pdfbox'] } },
  { words: ['queue', 'jobs'], phrase: 'Background jobs', features: ['retries', 'scheduling', 'priorities', 'dashboards'],
    deps: { npm: ['bullmq', 'bee-queue'], pypi: ['celery', 'rq', 'dramatiq'], go: ['github.com/hibiken/asynq'], maven: ['org.jobrunr:jobrunr'] } },
  { words: ['database', 'orm'], phrase: 'Database access', features: ['connection pooling', 'migrations', 'read replicas', 'query logging'],
    deps: { npm: ['pg', 'knex', 'prisma'], pypi: ['sqlalchemy', 'psycopg', 'alembic'], go: ['github.com/jackc/pgx/v5', 'gorm.io/gorm'], maven: ['org.postgresql:postgresql', 'org.flywaydb:flyway-core'] } },
  { words: ['i18n', 'translations'], phrase: 'Internationalization', features: ['message catalogs', 'plural rules', 'currency formatting', 'locale fallback'],
    deps: { npm: ['i18next', 'intl-messageformat'], pypi: ['babel'], go: ['golang.org/x/text'], maven: ['com.ibm.icu:icu4j'] } },
  { words: ['csv', 'import'], phrase: 'CSV import and export', features: ['streaming', 'encodings', 'schema mapping', 'error reports'],
    deps: { npm: ['csv-parse', 'papaparse'], pypi: ['pandas', 'polars'], go: ['github.com/gocarina/gocsv'], maven: ['org.apache.commons:commons-csv'] } },
];

export const SUFFIXES = ['client', 'utils', 'sdk', 'kit', 'core', 'helpers', 'adapter', 'common', 'toolkit', 'middleware', 'lite', 'extensions'];
export const TEAMS = ['platform-web', 'platform-python', 'platform-go', 'platform-jvm', 'observability', 'data-platform', 'identity',
  'payments', 'developer-experience', 'design-system', 'search', 'growth', 'finance-eng', 'security', 'mobile-backend'];
export const SERVICE_WORDS = ['checkout', 'payments', 'orders', 'inventory', 'shipping', 'search', 'billing', 'ledger', 'catalog',
  'pricing', 'fraud', 'notifications', 'recommendations', 'accounts', 'admin', 'partner', 'reporting', 'gateway', 'returns', 'loyalty'];
export const SERVICE_KINDS = ['service', 'api', 'worker', 'web', 'batch', 'console'];
export const LANGUAGE: Record<Ecosystem, string> = { npm: 'TypeScript', pypi: 'Python', go: 'Go', maven: 'Java', nuget: 'C#', cargo: 'Rust' };
