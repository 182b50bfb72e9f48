// corpus: path=src/components/ApiKeyField/ApiKeyField.stories.tsx
import type { Meta, StoryObj } from '@storybook/react'
import { fn } from '@storybook/test'
import { ApiKeyField } from './ApiKeyField'

const meta = {
  title: 'Settings/ApiKeyField',
  component: ApiKeyField,
  args: {
    label: 'Secret key',
    onCopy: fn(),
    onRotate: fn(),
  },
  parameters: { layout: 'centered' },
} satisfies Meta<typeof ApiKeyField>

export default meta
type Story = StoryObj<typeof meta>

export const Masked: Story = {
  args: {
    value: 'ak_live_••••••••••••3f9a',
    masked: true,
  },
}

export const Revealed: Story = {
  args: {
    value: 'ak_test_4eC39HqLyjWDarjtT1zdp7dc',
    masked: false,
    hint: 'Example key for the docs. It is not valid against any environment.',
  },
}

export const Publishable: Story = {
  args: {
    label: 'Publishable key',
    value: 'pk_test_TYooMQauvdEDq54NiTphI7jx',
    masked: false,
  },
}

export const WebhookSecret: Story = {
  args: {
    label: 'Signing secret',
    value: 'whsec_••••••••••••••••',
    masked: true,
    rotateLabel: 'Rotate secret',
  },
}

export const PasswordField: Story = {
  args: {
    label: 'Password',
    value: '',
    placeholder: 'At least 12 characters',
    masked: true,
    autoComplete: 'new-password',
  },
}

export const Error: Story = {
  args: {
    label: 'Secret key',
    value: '',
    error: 'Secret key is required',
  },
}
