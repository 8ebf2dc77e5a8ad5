import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // This folder is its own project (its own lockfile), also when it sits inside the kit's repository.
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
};

export default nextConfig;
