/** The AI reviewer's public surface: what the queue consumer, `/health` and the engine import. */
export { runAiReview, type AiReviewHooks, type AiReviewInput, type AiReviewResult, type AiReviewStats } from './review'
export { createAiProvider, findAiSetupProblem, readAiConfig, type AiConfig, type AiEnv, type AiSeverityCap } from './config'
export { describeAiProvider } from './provider-config'
export { AiProviderError, type AiProvider, type ChatMessage, type ChatOptions } from './provider'
export { promptInjectionRule } from '../review/rules/injection/prompt-injection'
export { AI_REPLY_SCHEMA } from './prompt'
