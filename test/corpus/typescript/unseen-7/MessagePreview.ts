// corpus: path=src/components/MessagePreview.ts
import { defineComponent, h, computed, type PropType } from 'vue';
import { useRoute } from 'vue-router';
import DOMPurify from 'dompurify';

export default defineComponent({
  name: 'MessagePreview',
  props: { body: { type: String as PropType<string>, required: true } },
  setup(props) {
    const route = useRoute();
    const signature = computed(() => String(route.query.sig ?? ''));
    const cleanBody = computed(() => DOMPurify.sanitize(props.body));
    return () =>
      h('div', { class: 'preview' }, [
        h('div', { innerHTML: cleanBody.value }), // ok: xss
        h('footer', { innerHTML: signature.value }), // expect: xss
        h('small', signature.value), // ok: xss
      ]);
  },
});
