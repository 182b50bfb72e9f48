export const en = {
  common: {
    save: 'Save',
    cancel: 'Cancel',
    loading: 'Loading…',
  },
  login: {
    title: 'Sign in',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    invalid: 'Invalid email or password',
  },
}

export type Messages = typeof en
