// corpus: path=src/app.module.ts
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo'
import { Module } from '@nestjs/common'
import { GraphQLModule } from '@nestjs/graphql'
import { OrdersModule } from './orders/orders.module'

@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({ // expect: debug-mode
      driver: ApolloDriver,
      autoSchemaFile: true,
      debug: true,
      playground: false,
    }),
    OrdersModule,
  ],
})
export class AppModule {}
