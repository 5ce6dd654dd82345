import { notFound } from 'next/navigation';

// Every page path is rewritten under a language by proxy.ts; a path that matches no page lands
// here, so that the not-found page is shown in the reader's language with the site around it.
export default function UnknownPage() {
  notFound();
}
