import type { NextConfig } from 'next';

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // Uploads (media library, document attachments) go through server actions; the media service
    // enforces the real limits (20 MB images, 50 MB files) with a clear message.
    serverActions: { bodySizeLimit: '60mb' },
    // The proxy buffers request bodies; without this a large upload would be cut at 10 MB.
    proxyClientMaxBodySize: '60mb',
  },
  // Metadata goes in <head> for every client, not streamed into <body>: valid HTML (Nu checker) and
  // complete Dublin Core / Open Graph for crawlers and monitoring systems that are not on Next's bot list.
  htmlLimitedBots: /.*/,
  // pg and the Prisma adapter are loaded by Node at run time rather than bundled.
  serverExternalPackages: ['pg', '@prisma/adapter-pg', '@electric-sql/pglite', '@electric-sql/pglite-socket'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
