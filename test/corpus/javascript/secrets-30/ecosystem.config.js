// corpus: path=ecosystem.config.js
// pm2 process file for the two VMs behind the load balancer. `pm2 start ecosystem.config.js --env production`
const commonEnv = {
  NODE_OPTIONS: '--enable-source-maps --max-old-space-size=1536',
  LOG_LEVEL: 'info',
  SECRETS_FILE: '/etc/acme/storefront.env',
  TOKEN_ISSUER: 'https://auth.acme-retail.com/',
};

module.exports = {
  apps: [
    {
      name: 'storefront-api',
      script: 'dist/server.js',
      instances: 'max',
      exec_mode: 'cluster',
      max_memory_restart: '1G',
      env: {
        ...commonEnv,
        NODE_ENV: 'development',
        PORT: 3000,
        SESSION_SECRET_NAME: 'STOREFRONT_SESSION_SECRET', // ok: hardcoded-secret
      },
      env_production: {
        ...commonEnv,
        NODE_ENV: 'production',
        PORT: 8080,
        DATABASE_HOST: 'pg-primary.internal.acme-retail.com',
        DATABASE_USER: 'storefront',
        DATABASE_PASSWORD: 'cdg%YkTJTNyp2jiUQB', // expect: hardcoded-secret
        SESSION_SECRET: 'aw0iHB4pgr3tSACiUwD2FM8qw1JbVtwKa6N08Yiluo0MDRDI', // expect: hardcoded-secret
        CLOUDFLARE_API_TOKEN: 'rDUjM3atCNlNZv92CoSMyp4XWtihU_JHtXKTjp1h', // expect: hardcoded-secret
        SENTRY_RELEASE: 'storefront@5098b224235b2cd5740f1f83fdb74007884d4117', // ok: hardcoded-secret
      },
    },
    {
      name: 'storefront-worker',
      script: 'dist/worker.js',
      instances: 2,
      cron_restart: '15 3 * * *',
      env_production: {
        ...commonEnv,
        NODE_ENV: 'production',
        QUEUE_PREFIX: 'acme:jobs',
        LOCK_KEY: 'acme:locks:nightly-export:v2', // ok: hardcoded-secret
      },
    },
  ],
  deploy: {
    production: {
      user: 'deploy',
      host: ['10.0.12.21', '10.0.12.22'],
      ref: 'origin/main',
      repo: 'git@github.com:acme-retail/storefront.git',
      path: '/srv/storefront',
      key: '~/.ssh/acme_deploy_ed25519',
      'post-deploy': 'npm ci --omit=dev && npm run build && pm2 reload ecosystem.config.js --env production',
    },
  },
};
