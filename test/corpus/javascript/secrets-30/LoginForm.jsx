// corpus: path=src/components/auth/LoginForm.jsx
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Turnstile } from '@marsidev/react-turnstile';

const PASSWORD_POLICY = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{12,128}$/;
const OTP_MASK = '999 999';
const passwordPlaceholder = '••••••••••••';
const TURNSTILE_SITE_KEY = '0x4AAAAAAAQz7c2Tk9PbXm3F'; // ok: hardcoded-secret

const fieldIds = {
  email: 'login-email',
  password: 'login-password-input-v2', // ok: hardcoded-secret
  otp: 'login-otp-input-v2',
};

export function LoginForm({ onSubmit, needsOtp }) {
  const { t } = useTranslation('auth');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [otp, setOtp] = useState('');
  const [captchaToken, setCaptchaToken] = useState('');
  const [error, setError] = useState(null);

  const submit = async (e) => {
    e.preventDefault();
    if (!PASSWORD_POLICY.test(password)) return setError(t('login.password.policy_v2'));
    try {
      await onSubmit({ email, password, otp: needsOtp ? otp.replace(/\s/g, '') : undefined, captchaToken });
    } catch (err) {
      setError(t(err.code === 'AUTH_WRONG_PASSWORD' ? 'login.errors.wrong_password' : 'login.errors.generic'));
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <label htmlFor={fieldIds.email}>{t('login.email.label')}</label>
      <input id={fieldIds.email} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />
      <label htmlFor={fieldIds.password}>{t('login.password.label')}</label>
      <input
        id={fieldIds.password}
        type="password"
        autoComplete="current-password"
        placeholder={passwordPlaceholder}
        data-testid="password-input"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      {needsOtp && (
        <input id={fieldIds.otp} inputMode="numeric" autoComplete="one-time-code" data-mask={OTP_MASK} value={otp} onChange={(e) => setOtp(e.target.value)} />
      )}
      <Turnstile siteKey={TURNSTILE_SITE_KEY} onSuccess={setCaptchaToken} />
      {error && <p role="alert">{error}</p>}
      <button type="submit">{t('login.submit')}</button>
    </form>
  );
}
