# Production image of the app (docker-compose.yml runs several of these behind a reverse proxy).
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN node scripts/build.mjs

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PORT=3000
COPY --from=build /app /app
USER node
EXPOSE 3000
# Migrations run before the server; with several instances the advisory lock lets one apply them.
CMD ["sh", "-c", "node node_modules/tsx/dist/cli.mjs scripts/db/migrate.ts deploy && node scripts/serve.mjs"]
