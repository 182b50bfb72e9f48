// corpus: path=src/eta.ts
import { Eta } from 'eta';
import _ from 'lodash';

const eta = new Eta({ views: 'templates', autoEscape: true });

export function render(template: string, data: object): string {
  return eta.renderString(template, data);
}

export function renderFile(name: 'invoice' | 'receipt', data: object): string {
  return eta.render(`./${name}`, data);
}

export function interpolate(text: string, vars: Record<string, string>): string {
  return _.template(text)(vars);
}
