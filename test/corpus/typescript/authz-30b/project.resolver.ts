import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql'
import { Project } from '../entities/Project'
import type { Context } from '../context'
import { ProjectInput } from './inputs'

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => [Project])
  async publicProjects(): Promise<Project[]> {
    return Project.find({ where: { visibility: 'public' }, take: 50 })
  }

  @Authorized()
  @Query(() => [Project])
  async myProjects(@Ctx() { user }: Context): Promise<Project[]> {
    return Project.find({ where: { ownerId: user!.id } })
  }

  @Mutation(() => Boolean)
  async archiveProject(@Arg('id', () => ID) id: string, @Arg('reason', { nullable: true }) reason?: string): Promise<boolean> { // expect: missing-authorization
    await Project.update(id, { archived: true, archivedReason: reason ?? null })
    return true
  }

  @Authorized('OWNER') // ok: missing-authorization
  @Mutation(() => Project)
  async renameProject(@Arg('id', () => ID) id: string, @Arg('name') name: string, @Ctx() { user }: Context): Promise<Project> {
    const project = await Project.findOneOrFail({ where: { id, ownerId: user!.id } })
    project.name = name.trim()
    return project.save()
  }

  @Mutation(() => Project)
  async createProject(@Arg('input') input: ProjectInput, @Ctx() { user }: Context): Promise<Project> {
    return Project.create({ ...input, ownerId: user?.id }).save() // expect: missing-authorization
  }
}
