// corpus: path=src/components/CheckoutForm.tsx
import { useEffect, useRef, useState } from 'react';
import { useSearchParams, useNavigate } from 'react-router-dom';

export function CheckoutForm() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const promoRef = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const promo = params.get('promo') ?? '';
  const returnUrl = params.get('return_url') ?? '/orders';

  useEffect(() => {
    if (promoRef.current && promo) {
      promoRef.current.outerHTML = `<div class="promo">Code ${promo} applied</div>`; // expect: xss
    }
  }, [promo]);

  async function submit() {
    const res = await fetch('/api/checkout', { method: 'POST' });
    if (!res.ok) {
      setError(await res.text());
      return;
    }
    if (/^\/(?!\/)/.test(returnUrl)) navigate(returnUrl); // ok: open-redirect
    else window.location.assign(returnUrl); // expect: open-redirect
  }

  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <div ref={promoRef} />
      {error && <p role="alert">{error}</p>} {/* ok: xss */}
      <a href={returnUrl}>Back</a> {/* expect: xss */}
      <button type="submit">Pay</button>
    </form>
  );
}
