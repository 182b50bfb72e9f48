// corpus: path=src/routes/reports.js
const express = require('express')
const { metricByRegion, metricByRegionChecked, topProducts } = require('../reports/report_repository')

const router = express.Router()

router.get('/metric', async (req, res, next) => {
  try {
    res.json(await metricByRegion(req.query.metric, req.query.region))
  } catch (err) {
    next(err)
  }
})

router.get('/metric/checked', async (req, res, next) => {
  try {
    res.json(await metricByRegionChecked(req.query.metric, req.query.region))
  } catch (err) {
    next(err)
  }
})

router.get('/top', async (req, res, next) => {
  try {
    res.json(await topProducts(req.query.region, req.query.limit))
  } catch (err) {
    next(err)
  }
})

module.exports = router
