// Cache tags that writes invalidate. Anything cached from published data carries
// PUBLIC_DATA_TAG; every mutation that can change what the public sees revalidates it.
export const PUBLIC_DATA_TAG = 'public-data';
export const DASHBOARD_TAG = 'dashboard';
