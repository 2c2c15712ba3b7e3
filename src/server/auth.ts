import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authenticate } from '@/modules/users/users.service';
import { GENERIC_ERROR_MESSAGE, isAppError } from './errors';
import { logError } from './log';

declare module 'next-auth' {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    uid?: string;
    sv?: number;
  }
}
declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    sv?: number;
  }
}

function authSecret(): string | undefined {
  return process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
}

/**
 * Credentials sign-in with JWT sessions (next-auth v4). The token only carries the user id and
 * session version; every request re-checks both against the database (admin-context.ts), so a
 * disabled account or a changed password ends the session at once (O5).
 */
export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/quan-tri/dang-nhap', error: '/quan-tri/dang-nhap' },
  providers: [
    CredentialsProvider({
      name: 'Tài khoản',
      credentials: { email: { label: 'Thư điện tử', type: 'email' }, password: { label: 'Mật khẩu', type: 'password' } },
      async authorize(credentials, req) {
        const forwarded = process.env.TRUST_PROXY === '1' ? req.headers?.['x-forwarded-for'] : undefined;
        const ip = typeof forwarded === 'string' ? forwarded.split(',')[0]!.trim() : null;
        try {
          const user = await authenticate({ email: credentials?.email, password: credentials?.password }, ip);
          return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
        } catch (error) {
          if (isAppError(error)) throw new Error(error.message);
          logError('sign-in failed unexpectedly', error);
          throw new Error(GENERIC_ERROR_MESSAGE);
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.uid = token.uid;
      session.sv = token.sv;
      return session;
    },
  },
};
