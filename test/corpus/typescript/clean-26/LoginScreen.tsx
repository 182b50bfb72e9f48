// corpus: path=app/screens/LoginScreen.tsx
import React, { useState } from 'react'
import { View, TextInput, Button, Text, StyleSheet, Pressable, ActivityIndicator } from 'react-native'
import * as SecureStore from 'expo-secure-store'
import * as LocalAuthentication from 'expo-local-authentication'
import { useAuth } from '../auth/AuthContext'
import { t } from '../i18n'

const REFRESH_TOKEN_KEY = 'refreshToken'

export function LoginScreen() {
  const { signIn, signInWithRefreshToken } = useAuth()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [showPassword, setShowPassword] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function onSubmit() {
    if (!email || !password) {
      setError(t('login.invalid'))
      return
    }
    setBusy(true)
    setError(null)
    try {
      const session = await signIn(email.trim(), password)
      // Refresh tokens live in the keychain / keystore, never in AsyncStorage.
      await SecureStore.setItemAsync(REFRESH_TOKEN_KEY, session.refreshToken, {
        keychainAccessible: SecureStore.WHEN_UNLOCKED_THIS_DEVICE_ONLY,
      })
      setPassword('')
    } catch {
      setError(t('login.invalid'))
    } finally {
      setBusy(false)
    }
  }

  async function onBiometric() {
    const stored = await SecureStore.getItemAsync(REFRESH_TOKEN_KEY)
    if (!stored) {
      setError(t('login.biometricUnavailable'))
      return
    }
    const result = await LocalAuthentication.authenticateAsync({ promptMessage: t('login.biometricPrompt') })
    if (!result.success) return
    try {
      await signInWithRefreshToken(stored)
    } catch {
      await SecureStore.deleteItemAsync(REFRESH_TOKEN_KEY)
      setError(t('login.sessionExpired'))
    }
  }

  return (
    <View style={styles.container}>
      <TextInput
        value={email}
        onChangeText={setEmail}
        placeholder={t('login.email')}
        autoCapitalize="none"
        keyboardType="email-address"
        textContentType="username"
      />
      <View style={styles.row}>
        <TextInput
          style={styles.flex}
          value={password}
          onChangeText={setPassword}
          placeholder={t('login.passwordPlaceholder')}
          secureTextEntry={!showPassword}
          textContentType="password"
          autoComplete="password"
        />
        <Pressable
          accessibilityLabel={showPassword ? t('login.hidePassword') : t('login.showPassword')}
          onPress={() => setShowPassword((v) => !v)}
        >
          <Text>{showPassword ? '🙈' : '👁'}</Text>
        </Pressable>
      </View>
      {error ? <Text style={styles.error}>{error}</Text> : null}
      {busy ? <ActivityIndicator /> : <Button title={t('login.submit')} onPress={onSubmit} />}
      <Button title={t('login.biometric')} onPress={onBiometric} />
    </View>
  )
}

const styles = StyleSheet.create({
  container: { flex: 1, padding: 24, justifyContent: 'center' },
  row: { flexDirection: 'row', alignItems: 'center' },
  flex: { flex: 1 },
  error: { color: '#b00020', marginVertical: 8 },
})
