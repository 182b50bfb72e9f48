// corpus: path=src/emails/send.tsx
import { render } from '@react-email/render'
import { Body, Button, Container, Head, Heading, Html, Preview, Text } from '@react-email/components'
import { Resend } from 'resend'
import { env } from '../env'

const resend = new Resend(env.RESEND_API_KEY)

interface InviteProps {
  inviterName: string
  workspaceName: string
  acceptUrl: string
}

export function InviteEmail({ inviterName, workspaceName, acceptUrl }: InviteProps) {
  return (
    <Html>
      <Head />
      <Preview>{`${inviterName} invited you to ${workspaceName}`}</Preview>
      <Body style={{ fontFamily: 'system-ui, sans-serif', backgroundColor: '#f6f7f9' }}>
        <Container style={{ padding: 24 }}>
          <Heading as="h2">Join {workspaceName}</Heading>
          <Text>
            {inviterName} invited you to collaborate in {workspaceName}. The invitation is valid for seven days.
          </Text>
          <Button href={acceptUrl} style={{ background: '#2754c5', color: '#fff', padding: '10px 16px', borderRadius: 6 }}>
            Accept invitation
          </Button>
        </Container>
      </Body>
    </Html>
  )
}

export async function sendInvite(to: string, props: InviteProps) {
  const html = await render(<InviteEmail {...props} />)
  const text = await render(<InviteEmail {...props} />, { plainText: true })
  const { data, error } = await resend.emails.send({
    from: `Acme <${env.MAIL_FROM}>`,
    to,
    subject: `${props.inviterName} invited you to ${props.workspaceName}`,
    html,
    text,
  })
  if (error) throw new Error(`invite mail to ${to.split('@')[1]} failed: ${error.name}`)
  return data?.id
}
