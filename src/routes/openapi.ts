/** `content` of a JSON request or response body in a route definition. */
export const jsonContent = <T>(schema: T) => ({ 'application/json': { schema } })
