// corpus: path=src/resolvers/recipe.resolver.ts
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql'
import { Max, Min, MaxLength } from 'class-validator'
import { DataSource } from 'typeorm'
import { Service } from 'typedi'
import { writeFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { Recipe } from '../entities/recipe'
import type { AppContext } from '../context'

const PHOTO_DIR = process.env.PHOTO_DIR ?? '/srv/recipes/photos'

@ArgsType()
class RecipePage {
  @Field(() => Int)
  @Min(0)
  skip = 0

  @Field(() => Int)
  @Min(1)
  @Max(50)
  take = 25

  @Field({ nullable: true })
  @MaxLength(40)
  cuisine?: string
}

@Service()
@Resolver(() => Recipe)
export class RecipeResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => [Recipe])
  async recipes(@Args() { skip, take, cuisine }: RecipePage): Promise<Recipe[]> {
    const qb = this.dataSource.getRepository(Recipe).createQueryBuilder('r').skip(skip).take(take)
    if (cuisine) qb.where(`r.cuisine = '${cuisine}'`) // expect: sql-injection
    return qb.getMany()
  }

  @Query(() => [Recipe])
  async recipesByCuisine(@Args() { skip, take, cuisine }: RecipePage): Promise<Recipe[]> {
    const qb = this.dataSource.getRepository(Recipe).createQueryBuilder('r').skip(skip).take(take)
    if (cuisine) qb.where('r.cuisine = :cuisine', { cuisine }) // ok: sql-injection
    return qb.getMany()
  }

  @Query(() => [Recipe])
  async quickRecipes(@Arg('maxMinutes', () => Int) maxMinutes: number): Promise<Recipe[]> {
    return this.dataSource.query(`SELECT * FROM recipe WHERE prep_minutes <= ${maxMinutes} ORDER BY rating DESC`) // ok: sql-injection
  }

  @Query(() => [Recipe])
  async recipesWithIngredient(@Arg('ingredient') ingredient: string): Promise<Recipe[]> {
    return this.dataSource.query( // expect: sql-injection
      `SELECT r.* FROM recipe r JOIN recipe_ingredient ri ON ri.recipe_id = r.id WHERE ri.name = '${ingredient}'`,
    )
  }

  @Query(() => String)
  async recipeCard(@Arg('id', () => ID) id: string, @Arg('template', { defaultValue: 'default' }) template: string): Promise<string> {
    return readFile(join(process.cwd(), 'templates', 'cards', `${template}.html`), 'utf8') // expect: path-traversal
  }

  @Authorized()
  @Mutation(() => String)
  async uploadPhoto(
    @Arg('recipeId', () => ID) recipeId: string,
    @Arg('filename') filename: string,
    @Arg('data') data: string,
    @Ctx() ctx: AppContext,
  ): Promise<string> {
    const recipe = await this.dataSource.getRepository(Recipe).findOneByOrFail({ id: recipeId, authorId: ctx.user.id })
    await writeFile(join(PHOTO_DIR, recipe.id, filename), Buffer.from(data, 'base64')) // expect: path-traversal
    return filename
  }

  @Authorized()
  @Mutation(() => String)
  async uploadPhotoV2(@Arg('recipeId', () => ID) recipeId: string, @Arg('data') data: string, @Ctx() ctx: AppContext): Promise<string> {
    const recipe = await this.dataSource.getRepository(Recipe).findOneByOrFail({ id: recipeId, authorId: ctx.user.id })
    const stored = `${randomUUID()}.jpg`
    await writeFile(join(PHOTO_DIR, recipe.id, stored), Buffer.from(data, 'base64')) // ok: path-traversal
    return stored
  }

  @Authorized()
  @Mutation(() => Recipe)
  async importRecipe(@Arg('sourceUrl') sourceUrl: string, @Ctx() ctx: AppContext): Promise<Recipe> {
    const res = await fetch(sourceUrl) // expect: ssrf
    const parsed = (await res.json()) as Partial<Recipe>
    return this.dataSource.getRepository(Recipe).save({ title: parsed.title, steps: parsed.steps, authorId: ctx.user.id })
  }
}
