// corpus: path=src/components/PasswordField.stories.tsx
import type { Meta, StoryObj } from '@storybook/react'
import { within, userEvent, expect } from '@storybook/test'
import { PasswordField } from './PasswordField'

const meta: Meta<typeof PasswordField> = {
  title: 'Forms/PasswordField',
  component: PasswordField,
  args: {
    label: 'Password',
    placeholder: 'Enter your password',
    name: 'password',
    autoComplete: 'current-password',
  },
  argTypes: {
    onChange: { action: 'changed' },
    strength: { control: { type: 'select' }, options: ['weak', 'fair', 'strong'] },
  },
}

export default meta
type Story = StoryObj<typeof PasswordField>

export const Empty: Story = {}

export const WithValue: Story = {
  args: { defaultValue: 'hunter2-is-not-a-password' },
}

export const NewPassword: Story = {
  args: {
    label: 'New password',
    autoComplete: 'new-password',
    showStrength: true,
    strength: 'fair',
    hint: 'Use 12 or more characters with a mix of words.',
  },
}

export const WithError: Story = {
  args: { error: 'Password must be at least 12 characters', defaultValue: 'short' },
}

export const TogglesVisibility: Story = {
  args: { defaultValue: 'storybook-demo-password' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const input = canvas.getByLabelText('Password')
    await expect(input).toHaveAttribute('type', 'password')
    await userEvent.click(canvas.getByRole('button', { name: 'Show password' }))
    await expect(input).toHaveAttribute('type', 'text')
  },
}

export const ApiKeyReveal: Story = {
  args: {
    label: 'Secret key',
    readOnly: true,
    defaultValue: 'cra_live_XXXXXXXXXXXXXXXXXXXXXXXX',
    copyable: true,
  },
}
