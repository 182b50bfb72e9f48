// corpus: path=src/graphql/operations.ts
import { gql } from '@apollo/client'

export const LOGIN = gql`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      refreshToken
      user {
        id
        email
      }
    }
  }
`

export const REQUEST_PASSWORD_RESET = gql`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`

export const RESET_PASSWORD = gql`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, newPassword: $password) {
      ok
    }
  }
`

export const CREATE_API_KEY = gql`
  mutation CreateApiKey($name: String!, $scopes: [Scope!]!) {
    createApiKey(input: { name: $name, scopes: $scopes }) {
      apiKey {
        id
        prefix
      }
      secret
    }
  }
`

export const ROTATE_WEBHOOK_SECRET = gql`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      rotatedAt
    }
  }
`

export const PROJECT_SECRETS = gql`
  query ProjectSecrets($projectId: ID!) {
    project(id: $projectId) {
      secrets {
        name
        version
        updatedAt
      }
    }
  }
`

export const OPERATION_NAMES = {
  login: 'Login',
  requestPasswordReset: 'RequestPasswordReset',
  resetPassword: 'ResetPassword',
  createApiKey: 'CreateApiKey',
  rotateWebhookSecret: 'RotateWebhookSecret',
  projectSecrets: 'ProjectSecrets',
} as const

/** Operations whose variables must never reach the request log. */
export const SENSITIVE_OPERATIONS = new Set<string>([OPERATION_NAMES.login, OPERATION_NAMES.resetPassword, OPERATION_NAMES.createApiKey])

export const PERSISTED_QUERY_HASHES: Record<string, string> = {
  ProjectSecrets: 'ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5a1c4e7ac1',
  RequestPasswordReset: '7f1e0a3c6b9d2e4f8a5c1b3d7e9f0a2c4b6d8e1f3a5c7b9d0e2f4a6c8b1d3e5f',
}
