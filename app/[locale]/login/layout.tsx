import { ClientMessages } from '@/components/client-messages';

export default function LoginLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages>{children}</ClientMessages>;
}
