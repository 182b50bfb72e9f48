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

  @Authorized('ADMIN')
  @Mutation(() => Boolean)
  async archiveProject(@Arg('id', () => ID) id: string): Promise<boolean> {
    await Project.update(id, { archived: true })
    return true
  }

  @Authorized()
  @Mutation(() => Project)
  async renameProject(@Arg('id', () => ID) id: string, @Arg('name') name: string, @Ctx() { user }: Context): Promise<Project> {
    const project = await Project.findOneOrFail({ where: { id, ownerId: user!.id } })
    project.name = name
    return project.save()
  }

  @Mutation(() => Project)
  async createProject(@Arg('input') input: ProjectInput, @Ctx() { user }: Context): Promise<Project> {
    if (!user) throw new Error('Not authenticated')
    return Project.create({ ...input, ownerId: user.id }).save()
  }
}
