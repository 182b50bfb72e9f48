// corpus: path=src/components/InvoiceView.jsx
import React from 'react'
import DOMPurify from 'dompurify'
import { marked } from 'marked'
import { fetchInvoice } from '../api'

export default class InvoiceView extends React.Component {
  constructor(props) {
    super(props)
    this.state = { invoice: null, error: null }
    this.frameRef = React.createRef()
  }

  async componentDidMount() {
    try {
      const invoice = await fetchInvoice(this.props.match.params.id)
      this.setState({ invoice })
    } catch (error) {
      this.setState({ error: error.message })
    }
  }

  componentDidUpdate() {
    const params = new URLSearchParams(this.props.location.search)
    const banner = params.get('banner')
    if (banner && this.frameRef.current) {
      this.frameRef.current.innerHTML = banner // expect: xss
    }
  }

  renderNotes(invoice) {
    return <div className="notes" dangerouslySetInnerHTML={{ __html: marked.parse(invoice.notes || '') }} /> // expect: xss
  }

  renderTerms(invoice) {
    return <div className="terms" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(marked.parse(invoice.terms || '')) }} /> // ok: xss
  }

  render() {
    const { invoice, error } = this.state
    if (error) return <p className="error">{error}</p>
    if (!invoice) return <p>Loading…</p>
    return (
      <article>
        <h1>{invoice.number}</h1>
        <p>{invoice.customerName}</p> {/* ok: xss */}
        <div ref={this.frameRef} />
        {this.renderNotes(invoice)}
        {this.renderTerms(invoice)}
        <a href={`/invoices/${encodeURIComponent(invoice.id)}/pdf`}>Download PDF</a>
      </article>
    )
  }
}
