export const greeting = () => 'hello'
