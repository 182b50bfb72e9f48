// corpus: path=deploy/stack.js
// Builds the docker-compose file for the production host (node deploy/stack.js > docker-compose.prod.yml).
const yaml = require('js-yaml');

const stack = {
  version: '3.9',
  services: {
    api: {
      image: 'registry.shopwave.io/api:latest',
      environment: {
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://shop_app:Wz4Rk8Vt7mLx2Qf9@db:5432/shop', // expect: hardcoded-secret
        JWT_SECRET: 'Zr8Tq2Vx5Nm1Lk7Hw4Bc9Df3Gs6Jp0YaQe', // expect: hardcoded-secret
        SENDGRID_API_KEY: '${SENDGRID_API_KEY}', // ok: hardcoded-secret
        CORS_ORIGIN: 'https://shopwave.io',
      },
      ports: ['3000:3000'],
    },
    db: {
      image: 'postgres:16',
      environment: {
        POSTGRES_USER: 'shop_app',
        POSTGRES_PASSWORD_FILE: '/run/secrets/db_password', // ok: hardcoded-secret
      },
      secrets: ['db_password'],
    },
    cache: { image: 'redis:7-alpine', command: 'redis-server --requirepass "${REDIS_PASSWORD}"' }, // ok: hardcoded-secret
  },
  secrets: { db_password: { file: './secrets/db_password.txt' } },
};

process.stdout.write(yaml.dump(stack));
