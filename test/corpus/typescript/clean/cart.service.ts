// corpus: path=src/app/cart/cart.service.ts
import { Injectable, computed, signal } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable, tap } from 'rxjs';

export interface CartItem {
  sku: string;
  name: string;
  unitPrice: number;
  quantity: number;
}

@Injectable({ providedIn: 'root' })
export class CartService {
  private readonly items = signal<CartItem[]>(this.restore());
  readonly count = computed(() => this.items().reduce((n, i) => n + i.quantity, 0));
  readonly total = computed(() => this.items().reduce((sum, i) => sum + i.unitPrice * i.quantity, 0));

  constructor(private readonly http: HttpClient) {}

  list(): readonly CartItem[] {
    return this.items();
  }

  add(item: Omit<CartItem, 'quantity'>, quantity = 1): void {
    this.items.update((items) => {
      const existing = items.find((i) => i.sku === item.sku);
      return existing
        ? items.map((i) => (i.sku === item.sku ? { ...i, quantity: i.quantity + quantity } : i))
        : [...items, { ...item, quantity }];
    });
    this.persist();
  }

  remove(sku: string): void {
    this.items.update((items) => items.filter((i) => i.sku !== sku));
    this.persist();
  }

  checkout(): Observable<{ orderId: string }> {
    return this.http
      .post<{ orderId: string }>('/api/orders', { items: this.items().map(({ sku, quantity }) => ({ sku, quantity })) })
      .pipe(tap(() => this.clear()));
  }

  clear(): void {
    this.items.set([]);
    this.persist();
  }

  private persist(): void {
    localStorage.setItem('cart', JSON.stringify(this.items()));
  }

  private restore(): CartItem[] {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem('cart') ?? '[]');
      return Array.isArray(parsed) ? (parsed as CartItem[]) : [];
    } catch {
      return [];
    }
  }
}
