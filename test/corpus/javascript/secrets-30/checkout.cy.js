// corpus: path=cypress/e2e/checkout.cy.js
// Runs against the staging stack with the seeded shopper below and Stripe's test cards.
const shopper = { email: 'shopper+e2e@acme-retail.test', password: 'E2e-Shopper-Fixture-91!' }; // ok: hardcoded-secret

// Signed with the staging test secret; decodes to { sub: 'usr_e2e_shopper', scope: 'checkout' }.
const guestCheckoutToken = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfZTJlX3Nob3BwZXIiLCJzY29wZSI6ImNoZWNrb3V0In0.t3mXv8Kq1Lp4Wz7Rn2Bc9Hs6Dd0Fg5Ja3Ue8Io1Ky'; // ok: hardcoded-secret

describe('checkout', () => {
  beforeEach(() => {
    cy.intercept('POST', '/api/payments/intents', {
      statusCode: 200,
      body: { clientSecret: 'pi_3PfakeE2eIntent_secret_e2eFixtureSecret' }, // ok: hardcoded-secret
    }).as('intent');
    cy.login(shopper.email, shopper.password);
  });

  it('pays with a card that needs no authentication', () => {
    cy.visit('/cart');
    cy.findByRole('button', { name: /checkout/i }).click();
    cy.wait('@intent');
    cy.fillStripeCard({ number: '4242424242424242', exp: '12/34', cvc: '123' });
    cy.findByRole('button', { name: /pay/i }).click();
    cy.location('pathname').should('match', /^\/orders\/ord_/);
  });

  it('lets a guest finish with an emailed checkout link', () => {
    cy.clearCookies();
    cy.visit(`/checkout/resume?token=${guestCheckoutToken}`);
    cy.findByText(/shipping address/i).should('be.visible');
  });

  it('shows the declined message', () => {
    cy.visit('/cart');
    cy.findByRole('button', { name: /checkout/i }).click();
    cy.fillStripeCard({ number: '4000000000000002', exp: '12/34', cvc: '123' });
    cy.findByRole('button', { name: /pay/i }).click();
    cy.findByRole('alert').should('contain.text', 'declined');
  });

  it('rejects a wrong password at the login step', () => {
    cy.clearCookies();
    cy.visit('/login');
    cy.findByLabelText(/email/i).type(shopper.email);
    cy.findByLabelText(/password/i).type('Not-The-Right-Pa55!', { log: false }); // ok: hardcoded-secret
    cy.findByRole('button', { name: /sign in/i }).click();
    cy.findByRole('alert').should('contain.text', 'Incorrect');
  });
});
