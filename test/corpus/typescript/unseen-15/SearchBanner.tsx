// corpus: path=src/components/SearchBanner.tsx
'use client';

import DOMPurify from 'dompurify';
import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';

interface Props {
  placeholder?: string;
}

export function SearchBanner({ placeholder = 'Search the docs' }: Props) {
  const params = useSearchParams();
  const message = params.get('message') ?? '';
  const highlight = params.get('hl') ?? '';
  const cleaned = useMemo(() => DOMPurify.sanitize(highlight), [highlight]);

  return (
    <section className="banner">
      <input type="search" placeholder={placeholder} defaultValue={params.get('q') ?? ''} />
      {message && <div className="flash" dangerouslySetInnerHTML={{ __html: message }} />} {/* expect: xss */}
      {highlight && <p className="hl" dangerouslySetInnerHTML={{ __html: cleaned }} />} {/* ok: xss */}
      <p className="hint">{params.get('hint')}</p>
    </section>
  );
}
