// corpus: path=src/components/StoreMap.jsx
import { useEffect, useRef } from 'react';
import mapboxgl from 'mapbox-gl';
import { Loader } from '@googlemaps/js-api-loader';

mapboxgl.accessToken = 'pk.eyJ1IjoiZmllbGRub3RlIiwiYSI6ImNsdjJ4cTlrMDBhN3Eya3BnZGF3eHZ0b2sifQ.Hf6Js0Gz5UeDk3Xq9vLm2A'; // ok: hardcoded-secret

// Referrer-restricted to *.fieldnote.io in the Cloud console.
const placesLoader = new Loader({ apiKey: 'AIzaSyDq9vLm2Rt7Wn4Bp8Yc1Hf6Js0Gz5UeDk3', version: 'weekly', libraries: ['places'] }); // ok: hardcoded-secret

export default function StoreMap({ stores, onSelect }) {
  const container = useRef(null);
  const search = useRef(null);

  useEffect(() => {
    const map = new mapboxgl.Map({ container: container.current, style: 'mapbox://styles/mapbox/streets-v12', center: [-0.12, 51.5], zoom: 10 });
    stores.forEach((s) => new mapboxgl.Marker().setLngLat([s.lng, s.lat]).addTo(map).getElement().addEventListener('click', () => onSelect(s)));
    return () => map.remove();
  }, [stores, onSelect]);

  useEffect(() => {
    placesLoader.load().then((google) => { // expect: unhandled-promise
      new google.maps.places.Autocomplete(search.current, { types: ['geocode'] });
    });
  }, []);

  return (
    <div className="store-map">
      <input ref={search} placeholder="Search a town or postcode" aria-label="Search location" />
      <div ref={container} style={{ height: 480 }} />
    </div>
  );
}
