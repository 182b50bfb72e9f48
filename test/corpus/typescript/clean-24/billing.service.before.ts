import { Injectable, inject } from '@angular/core'
import { HttpClient, HttpParams } from '@angular/common/http'
import { Observable, map, shareReplay } from 'rxjs'
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

  invoiceTotal(invoice: Invoice): string {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: invoice.currency }).format(
      invoice.totalCents / 100,
    )
  }

  changeSeats(seats: number) {
    return this.http.post<{ seats: number }>(`${this.base}/seats`, { seats }).pipe(map((r) => r.seats))
  }
}
