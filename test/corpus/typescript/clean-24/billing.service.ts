// corpus: path=src/app/billing/billing.service.ts
import { Injectable, inject } from '@angular/core'
import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http'
import { Observable, catchError, map, of, shareReplay, throwError } from 'rxjs'
import { environment } from '../../environments/environment'

export interface Invoice {
  id: string
  number: string
  status: 'draft' | 'open' | 'paid' | 'void'
  totalCents: number
  currency: string
  issuedAt: string
}

export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

export interface PaymentMethod {
  id: string
  brand: string
  last4: string
  expMonth: number
  expYear: number
  isDefault: boolean
}

@Injectable({ providedIn: 'root' })
export class BillingService {
  private readonly http = inject(HttpClient)
  private readonly base = `${environment.apiUrl}/billing`
  private plan$?: Observable<{ id: string; name: string; seats: number }>

  currentPlan() {
    this.plan$ ??= this.http.get<{ id: string; name: string; seats: number }>(`${this.base}/plan`).pipe(shareReplay(1))
    return this.plan$
  }

  listInvoices(cursor?: string, status?: Invoice['status']): Observable<Page<Invoice>> {
    let params = new HttpParams().set('limit', 25)
    if (cursor) params = params.set('cursor', cursor)
    if (status) params = params.set('status', status)
    return this.http.get<Page<Invoice>>(`${this.base}/invoices`, { params })
  }

  downloadInvoicePdf(invoice: Invoice): Observable<Blob> {
    return this.http.get(`${this.base}/invoices/${encodeURIComponent(invoice.id)}/pdf`, {
      responseType: 'blob',
    })
  }

  invoiceTotal(invoice: Invoice): string {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: invoice.currency }).format(
      invoice.totalCents / 100,
    )
  }

  paymentMethods(): Observable<PaymentMethod[]> {
    return this.http.get<{ data: PaymentMethod[] }>(`${this.base}/payment-methods`).pipe(
      map((r) => r.data),
      catchError((err: HttpErrorResponse) => (err.status === 404 ? of([]) : throwError(() => err))),
    )
  }

  setDefaultPaymentMethod(id: string) {
    return this.http.put<void>(`${this.base}/payment-methods/${encodeURIComponent(id)}/default`, {})
  }

  changeSeats(seats: number) {
    if (!Number.isInteger(seats) || seats < 1) {
      return throwError(() => new Error('Seat count must be a positive whole number'))
    }
    return this.http.post<{ seats: number }>(`${this.base}/seats`, { seats }).pipe(
      map((r) => r.seats),
      catchError((err: HttpErrorResponse) => {
        const message = err.status === 409 ? 'More members than seats; remove members first' : 'Could not change seats'
        return throwError(() => new Error(message))
      }),
    )
  }

  isExpiringSoon(method: PaymentMethod, now = new Date()): boolean {
    const expiry = new Date(method.expYear, method.expMonth, 0)
    const days = (expiry.getTime() - now.getTime()) / 86_400_000
    return days >= 0 && days <= 30
  }
}
