// corpus: path=app/settings/page.tsx
'use client';

import { useState, useTransition } from 'react';
import { updateProfile } from './actions';

interface Profile {
  displayName: string;
  email: string;
  marketingEmails: boolean;
  timeZone: string;
}

export default function SettingsPage({ initial, zones }: { initial: Profile; zones: string[] }) {
  const [profile, setProfile] = useState(initial);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function set<K extends keyof Profile>(key: K, value: Profile[K]) {
    setProfile((p) => ({ ...p, [key]: value }));
  }

  function save(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await updateProfile(profile);
      setMessage(result.ok ? 'Saved.' : result.error);
    });
  }

  return (
    <form onSubmit={save} className="settings">
      <label>
        Display name
        <input value={profile.displayName} maxLength={80} onChange={(e) => set('displayName', e.target.value)} required />
      </label>
      <label>
        E-mail
        <input type="email" value={profile.email} onChange={(e) => set('email', e.target.value)} required />
      </label>
      <label>
        Time zone
        <select value={profile.timeZone} onChange={(e) => set('timeZone', e.target.value)}>
          {zones.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={profile.marketingEmails} onChange={(e) => set('marketingEmails', e.target.checked)} />
        Send me product news
      </label>
      <button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save'}
      </button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
