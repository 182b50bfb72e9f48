// corpus: path=src/components/ProductDescription.tsx
import DOMPurify from 'isomorphic-dompurify';
import { useSearchParams } from 'next/navigation';

interface Props {
  product: { name: string; descriptionHtml: string; tagline: string };
}

export function ProductDescription({ product }: Props) {
  return (
    <section>
      <h2>{product.name}</h2>
      <p className="tagline">{product.tagline}</p> {/* ok: xss */}
      <div dangerouslySetInnerHTML={{ __html: product.descriptionHtml }} /> {/* expect: xss */}
    </section>
  );
}

export function SafeProductDescription({ product }: Props) {
  const clean = DOMPurify.sanitize(product.descriptionHtml, { USE_PROFILES: { html: true } });
  return <div dangerouslySetInnerHTML={{ __html: clean }} />; // ok: xss
}

export function PromoBanner() {
  const params = useSearchParams();
  const promo = params.get('promo') ?? '';
  return <div className="promo" dangerouslySetInnerHTML={{ __html: `<b>${promo}</b> applied!` }} />; // expect: xss
}

const LEGAL = { __html: '<small>Prices include VAT.</small>' };

export function LegalNote() {
  return <footer dangerouslySetInnerHTML={LEGAL} />; // ok: xss
}
