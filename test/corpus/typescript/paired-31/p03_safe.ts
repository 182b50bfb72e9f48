// corpus: path=src/app.module.ts
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo'
import { Module } from '@nestjs/common'
import { GraphQLModule } from '@nestjs/graphql'
import { OrdersModule } from './orders/orders.module'

@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({ // ok: debug-mode
      driver: ApolloDriver,
      autoSchemaFile: true,
      debug: process.env.NODE_ENV === 'development',
      playground: false,
    }),
    OrdersModule,
  ],
})
export class AppModule {}
