// corpus: path=src/orders/order.entity.ts
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm'
import { Customer } from '../customers/customer.entity'
import { OrderItem } from './order-item.entity'

export enum OrderStatus {
  Pending = 'pending',
  Paid = 'paid',
  Shipped = 'shipped',
  Cancelled = 'cancelled',
  Refunded = 'refunded',
}

@Entity({ name: 'orders' })
@Index(['customerId', 'createdAt'])
export class Order {
  @PrimaryGeneratedColumn('uuid')
  id!: string

  @Column({ name: 'customer_id' })
  customerId!: string

  @ManyToOne(() => Customer, (c) => c.orders, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer!: Customer

  @OneToMany(() => OrderItem, (i) => i.order, { cascade: true, eager: true })
  items!: OrderItem[]

  @Column({ type: 'enum', enum: OrderStatus, default: OrderStatus.Pending })
  status!: OrderStatus

  @Column({ type: 'integer', name: 'total_cents' })
  totalCents!: number

  @Column({ length: 3, default: 'EUR' })
  currency!: string

  @Column({ type: 'jsonb', name: 'shipping_address', nullable: true })
  shippingAddress!: {
    name: string
    line1: string
    line2?: string
    city: string
    postalCode: string
    country: string
  } | null

  @Column({ name: 'payment_intent_id', nullable: true })
  paymentIntentId!: string | null

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date

  get isOpen(): boolean {
    return this.status === OrderStatus.Pending || this.status === OrderStatus.Paid
  }

  canTransitionTo(next: OrderStatus): boolean {
    const allowed: Record<OrderStatus, OrderStatus[]> = {
      [OrderStatus.Pending]: [OrderStatus.Paid, OrderStatus.Cancelled],
      [OrderStatus.Paid]: [OrderStatus.Shipped, OrderStatus.Refunded, OrderStatus.Cancelled],
      [OrderStatus.Shipped]: [OrderStatus.Refunded],
      [OrderStatus.Cancelled]: [],
      [OrderStatus.Refunded]: [],
    }
    return allowed[this.status].includes(next)
  }
}
