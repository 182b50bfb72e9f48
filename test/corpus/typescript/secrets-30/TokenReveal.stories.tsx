// corpus: path=src/components/settings/TokenReveal.stories.tsx
import type { Meta, StoryObj } from '@storybook/react';
import { fn } from '@storybook/test';
import { TokenReveal } from './TokenReveal';

const meta: Meta<typeof TokenReveal> = {
  title: 'Settings/API Keys/TokenReveal',
  id: 'settings-api-keys-token-reveal',
  component: TokenReveal,
  args: { onCopy: fn(), onRevoke: fn() },
  parameters: { layout: 'centered' },
};
export default meta;

type Story = StoryObj<typeof TokenReveal>;

export const JustCreated: Story = {
  args: {
    label: 'CI deploys',
    token: 'acme_pat_7Fq2KxL9mW3pR8tZ4vN6', // ok: hardcoded-secret
    createdAt: '2024-05-02T10:14:00Z',
    revealed: true,
  },
};

export const Masked: Story = {
  args: { ...JustCreated.args, revealed: false },
};

export const WebhookSigningSecret: Story = {
  args: {
    label: 'Order events',
    token: 'whk_sec_Q3mZ8vT1xK7pL4nR9wB2cY6d', // ok: hardcoded-secret
    kind: 'webhook',
    revealed: true,
  },
};

export const Expired: Story = {
  args: {
    label: 'Old laptop',
    token: 'acme_pat_Lx4Tq9Zm2Vr7Kp3Wn8Bs', // ok: hardcoded-secret
    expiresAt: '2023-01-01T00:00:00Z',
    revealed: false,
  },
  parameters: { docs: { description: { story: 'Expired tokens render greyed out with a Renew button.' } } },
};
