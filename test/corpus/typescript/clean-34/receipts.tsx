// corpus: path=src/emails/receipts.tsx
import { Body, Container, Head, Heading, Html, Link, Preview, Section, Text } from '@react-email/components'
import { render } from '@react-email/render'
import { ServerClient } from 'postmark'

const postmark = new ServerClient(process.env.POSTMARK_TOKEN!)

interface ReceiptProps {
  customerName: string
  orderNumber: string
  lines: { description: string; quantity: number; amountCents: number }[]
  totalCents: number
  orderUrl: string
}

const money = (cents: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100)

export function ReceiptEmail({ customerName, orderNumber, lines, totalCents, orderUrl }: ReceiptProps) {
  return (
    <Html>
      <Head />
      <Preview>Your receipt for order {orderNumber}</Preview>
      <Body style={{ fontFamily: 'system-ui, sans-serif' }}>
        <Container>
          <Heading as="h1">Thanks, {customerName}</Heading>
          <Section>
            {lines.map((line) => (
              <Text key={line.description}>
                {line.quantity} × {line.description}: {money(line.amountCents)}
              </Text>
            ))}
          </Section>
          <Text>Total: {money(totalCents)}</Text>
          <Link href={orderUrl}>View your order</Link>
        </Container>
      </Body>
    </Html>
  )
}

export async function sendReceipt(to: string, props: ReceiptProps) {
  const html = await render(<ReceiptEmail {...props} />)
  const text = await render(<ReceiptEmail {...props} />, { plainText: true })
  await postmark.sendEmail({ From: 'receipts@shop.example.com', To: to, Subject: `Receipt for order ${props.orderNumber}`, HtmlBody: html, TextBody: text, MessageStream: 'outbound' })
}
