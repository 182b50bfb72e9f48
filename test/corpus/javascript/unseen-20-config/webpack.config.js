// corpus: path=webpack.config.js
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { sentryWebpackPlugin } = require('@sentry/webpack-plugin');

const isProd = process.env.NODE_ENV === 'production';

module.exports = {
  mode: isProd ? 'production' : 'development',
  entry: './src/index.jsx',
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: '[name].[contenthash].js',
    publicPath: '/',
  },
  devtool: isProd ? 'source-map' : 'eval-cheap-module-source-map',
  module: {
    rules: [{ test: /\.jsx?$/, exclude: /node_modules/, use: 'babel-loader' }],
  },
  plugins: [
    new HtmlWebpackPlugin({ template: './public/index.html' }),
    new webpack.DefinePlugin({
      'process.env.API_BASE_URL': JSON.stringify('http://api.trackly-analytics.com/v2'), // expect: cleartext-http
      'process.env.MAPBOX_TOKEN': JSON.stringify('pk.eyJ1IjoidHJhY2tseSIsImEiOiJjbHg5ZjJrM3EwMXFzMmpwN3B6c2E0ZGJ6In0.Hw3qT8vL2mXk9Rz4Nb7Jcw'), // ok: hardcoded-secret
      'process.env.SEGMENT_WRITE_KEY': JSON.stringify(process.env.SEGMENT_WRITE_KEY || ''), // ok: hardcoded-secret
    }),
    isProd &&
      sentryWebpackPlugin({
        org: 'trackly',
        project: 'dashboard',
        authToken: 'b2dead357a931ba81f2e2f56aa7128f4d7367d17054dc78cc4b1333bc0351b52', // expect: hardcoded-secret
      }),
  ].filter(Boolean),
  devServer: {
    port: 8080,
    historyApiFallback: true,
    headers: { 'Access-Control-Allow-Origin': '*' }, // ok: permissive-cors
    proxy: [{ context: ['/api'], target: 'http://localhost:5000', changeOrigin: true }], // ok: cleartext-http
  },
  resolve: { extensions: ['.js', '.jsx'] },
};
