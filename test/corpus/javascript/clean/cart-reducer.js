// corpus: path=src/store/cart.js
const initialState = { items: [], coupon: null, status: 'idle', error: null };

export function cartReducer(state = initialState, action) {
  switch (action.type) {
    case 'cart/add': {
      const existing = state.items.find((i) => i.sku === action.item.sku);
      const items = existing
        ? state.items.map((i) => (i.sku === action.item.sku ? { ...i, quantity: i.quantity + action.item.quantity } : i))
        : [...state.items, action.item];
      return { ...state, items };
    }
    case 'cart/remove':
      return { ...state, items: state.items.filter((i) => i.sku !== action.sku) };
    case 'cart/setQuantity':
      return {
        ...state,
        items: state.items
          .map((i) => (i.sku === action.sku ? { ...i, quantity: action.quantity } : i))
          .filter((i) => i.quantity > 0),
      };
    case 'cart/applyCoupon':
      return { ...state, coupon: action.coupon };
    case 'cart/checkout/pending':
      return { ...state, status: 'pending', error: null };
    case 'cart/checkout/fulfilled':
      return { ...initialState, status: 'done' };
    case 'cart/checkout/rejected':
      return { ...state, status: 'idle', error: action.error };
    default:
      return state;
  }
}

export const selectSubtotal = (state) => state.items.reduce((sum, i) => sum + i.price * i.quantity, 0);

export const selectDiscount = (state) => {
  const { coupon } = state;
  if (!coupon) return 0;
  const subtotal = selectSubtotal(state);
  if (coupon.minimum && subtotal < coupon.minimum) return 0;
  return coupon.percent ? Math.round((subtotal * coupon.percent) / 100) : Math.min(coupon.amount, subtotal);
};

export const selectTotal = (state) => selectSubtotal(state) - selectDiscount(state);

export function checkout(api) {
  return async (dispatch, getState) => {
    dispatch({ type: 'cart/checkout/pending' });
    try {
      const { items, coupon } = getState().cart;
      await api.post('/orders', { items, coupon: coupon?.code });
      dispatch({ type: 'cart/checkout/fulfilled' });
    } catch (error) {
      dispatch({ type: 'cart/checkout/rejected', error: error.message });
    }
  };
}
