export { AREA_TEST } from '../timeouts';
