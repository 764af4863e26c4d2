/**
 * Fault injection. Rules are evaluated in the order added; a rule is eligible for a request when
 * its method/path match, it has let `skip` matching requests pass, it has `times` left and its
 * `probability` draw (seeded PRNG, drawn only for otherwise eligible requests) succeeds.
 * `latency` composes: it delays the request and evaluation continues with the following rules;
 * the first eligible non-latency rule is the outcome and ends the evaluation.
 */
import type { Prng } from '../prng';
import type { FaultRule } from '../types';

interface RuleState {
  rule: FaultRule;
  seen: number;
  applied: number;
}

export type TerminalFault = Exclude<FaultRule, { kind: 'latency' }>;

export interface FaultDecision {
  latencyMs: number;
  terminal?: TerminalFault;
}

export class FaultEngine {
  private rules: RuleState[] = [];

  constructor(private readonly rng: Prng) {}

  add(rule: FaultRule): void {
    this.rules.push({ rule, seen: 0, applied: 0 });
  }

  clear(): void {
    this.rules = [];
  }

  decide(method: string, path: string, query: URLSearchParams = new URLSearchParams()): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0 };
    for (const state of this.rules) {
      const { rule } = state;
      if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (rule.path !== undefined && (typeof rule.path === 'string' ? rule.path !== path : !rule.path.test(path))) continue;
      if (rule.query && !rule.query(query)) continue;
      state.seen++;
      if (state.seen <= (rule.skip ?? 0)) continue;
      if (rule.times !== undefined && state.applied >= rule.times) continue;
      if (rule.probability !== undefined && rule.probability < 1 && !(this.rng.next() < rule.probability)) continue;
      state.applied++;
      if (rule.kind === 'latency') {
        decision.latencyMs += rule.ms;
        continue;
      }
      decision.terminal = rule;
      break;
    }
    return decision;
  }
}
